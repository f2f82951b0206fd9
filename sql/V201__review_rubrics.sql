-- Scoring rubrics of the expert review, one per programme: data, not code. Each criterion is scored
-- from 0 to max_score; an expert's total is the sum (0-100). rule_ref names the rule the criterion
-- comes from. A change of rubric is a new migration; reviews keep the criteria they were scored on
-- (pc_review_score stores the criterion code).
CREATE TABLE pc_review_criterion (
  programme    VARCHAR(20)    NOT NULL,
  code         VARCHAR(30)    NOT NULL,
  position     INT            NOT NULL,
  name         VARCHAR(100)   NOT NULL,
  description  VARCHAR(1000)  NOT NULL,
  max_score    DECIMAL(5,1)   NOT NULL,
  rule_ref     VARCHAR(50)    NOT NULL,
  PRIMARY KEY (programme, code)
);

-- SME pilot: the four conditions of application (R-SME-4) and the quality of the plan (R-SME-5).
INSERT INTO pc_review_criterion (programme, code, position, name, description, max_score, rule_ref) VALUES
  ('SME_PILOT', 'SME_WORK_BASE', 1, '工作基础',
   '中小企业知识产权工作基础良好;集聚区产业特色和区位优势明显,具备一定的知识产权基础、创新实力和服务基础', 20.0, 'R-SME-4(1)'),
  ('SME_PILOT', 'SME_GOVERNMENT', 2, '政府重视与投入',
   '城市人民政府高度重视,设有领导机构,实施期内在资金和政策上给予支持', 20.0, 'R-SME-4(2)'),
  ('SME_PILOT', 'SME_FEASIBILITY', 3, '方案可行性',
   '申报方案目标明确、措施具体、保障有力、切实可行', 20.0, 'R-SME-4(3)'),
  ('SME_PILOT', 'SME_POLICY_SUPPORT', 4, '省市政策支持',
   '省、市知识产权局和中小企业主管部门在政策上给予支持', 20.0, 'R-SME-4(4)'),
  ('SME_PILOT', 'SME_PLAN_QUALITY', 5, '方案质量',
   '方案八个部分完整、数据翔实、年度目标可量化可考核,逻辑清晰', 20.0, 'R-SME-5');

-- Strong city: the five major projects of the construction plan (R-SC-3).
INSERT INTO pc_review_criterion (programme, code, position, name, description, max_score, rule_ref) VALUES
  ('STRONG_CITY', 'SC_MANAGEMENT', 1, '管理能力提升工程',
   '知识产权管理体制机制、队伍建设和管理能力提升的工作项目具体、目标可量化', 20.0, 'R-SC-3'),
  ('STRONG_CITY', 'SC_PROTECTION', 2, '大保护工程',
   '司法保护、行政执法、维权援助等大保护格局的工作项目措施有力、责任明确', 20.0, 'R-SC-3'),
  ('STRONG_CITY', 'SC_UTILISATION', 3, '运用促进工程',
   '知识产权转化运用、质押融资、运营服务等工作项目切实可行、预算合理', 20.0, 'R-SC-3'),
  ('STRONG_CITY', 'SC_QUALITY', 4, '质量提升工程',
   '高价值专利培育、知识产权质量提升的工作项目目标明确、指标可考核', 20.0, 'R-SC-3'),
  ('STRONG_CITY', 'SC_ENVIRONMENT', 5, '发展环境建设工程',
   '政策体系、人才培养、文化宣传和服务环境建设的工作项目保障有力', 20.0, 'R-SC-3');
