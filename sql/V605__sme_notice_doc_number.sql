-- R-SME-6, R-X-3: the 文号 of the notice that publishes a batch's determination, given by CNIPA when it proposes
-- the list; the Word notice carries it (GB/T 9704: 发文字号).
ALTER TABLE pc_sme_batch ADD notice_doc_number VARCHAR(100);
