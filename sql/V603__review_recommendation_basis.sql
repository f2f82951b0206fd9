-- Why the panel's recommendation is what it is (R-SME-6, R-SC-5): the rule of panel-recommendation.dmn that
-- decided, with the figures it decided on, as the chair's form and the score sheet show it.
ALTER TABLE pc_review ADD recommendation_basis VARCHAR(1000);
