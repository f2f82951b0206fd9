-- 我的已办: the decisions an official took, newest first (/api/me/done).
CREATE INDEX ix_decision_decided_by ON pc_decision (decided_by, decided_at);
