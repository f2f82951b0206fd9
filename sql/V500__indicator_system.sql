-- R-AA-3, R-AA-6, R-SC-7: the indicator system of the annual assessment, kept as data (not in Java).
-- part: OBJECTIVE (patent strength, reported by the city in the Excel template and scored by rule) or
--       SUBJECTIVE (工作思路、工作措施、工作投入, scored by the national office's assessors).
-- dimension: CREATION 创造, UTILISATION 运用, PROTECTION 保护, MANAGEMENT 管理, SERVICE 服务 (objective);
--            IDEAS 工作思路, MEASURES 工作措施, INPUT 工作投入 (subjective).
-- rule: PROPORTIONAL  score = weight × min(1, max(0, value / target))
--       THRESHOLD     score = weight if value >= target, else 0
--       ASSESSOR      entered by the assessors, 0 … weight
-- min_value/max_value: the accepted range of a reported value (checked at import; Excel cell validation).
-- title_kinds: comma-separated title kinds the indicator applies to; NULL = every title.
-- valid_from/valid_to: the assessment years the definition applies to (a changed definition is a new row).
CREATE TABLE pc_indicator (
  id          BIGINT         AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(40)    NOT NULL,
  name        VARCHAR(200)   NOT NULL,
  unit        VARCHAR(20)    NOT NULL,
  part        VARCHAR(20)    NOT NULL,
  dimension   VARCHAR(20)    NOT NULL,
  weight      DECIMAL(8,2)   NOT NULL,
  rule        VARCHAR(20)    NOT NULL,
  target      DECIMAL(18,4),
  required    BOOLEAN        NOT NULL,
  min_value   DECIMAL(18,4),
  max_value   DECIMAL(18,4),
  title_kinds VARCHAR(100),
  position    INT            NOT NULL,
  valid_from  INT            NOT NULL,
  valid_to    INT,
  source      VARCHAR(300),
  CONSTRAINT uq_indicator_code_from UNIQUE (code, valid_from)
);

-- objective part: 40 points; subjective part: 60 points (seed 003 四(一): the assessment mainly weighs the
-- subjective effort; 四(二): patent strength is evaluated every year as well).
INSERT INTO pc_indicator (code, name, unit, part, dimension, weight, rule, target, required, min_value, max_value, title_kinds, position, valid_from, valid_to, source) VALUES
  ('INVENTION_PER_10K',   '每万人口发明专利拥有量',                 '件',   'OBJECTIVE',  'CREATION',    6, 'PROPORTIONAL',  20, TRUE,     0,    1000,    NULL, 10, 2000, NULL, 'R-AA-3 专利创造'),
  ('PLEDGE_GROWTH',       '知识产权质押融资额增幅',                 '%',    'OBJECTIVE',  'UTILISATION', 6, 'PROPORTIONAL',  20, TRUE,  -100,   10000,    NULL, 20, 2000, NULL, 'R-AA-6;seed 000 三:重点城市质押融资额增幅应超过20%'),
  ('PLEDGE_SME_SHARE',    '质押融资项目中中小民营企业项目数占比',   '%',    'OBJECTIVE',  'UTILISATION', 3, 'PROPORTIONAL',  50, TRUE,     0,     100,    NULL, 30, 2000, NULL, 'R-AA-6;seed 000 三:中小民营企业项目数占比超过50%'),
  ('PLEDGE_MATCHMAKING',  '知识产权质押融资银企对接活动',           '场',   'OBJECTIVE',  'UTILISATION', 2, 'THRESHOLD',      1, TRUE,     0,    1000,    NULL, 40, 2000, NULL, 'seed 000 三:至少举办1场质押融资对接活动'),
  ('FUND_PRIVATE_SHARE',  '知识产权运营基金投向民营企业占比',       '%',    'OBJECTIVE',  'UTILISATION', 3, 'PROPORTIONAL',  80, FALSE,    0,     100,    NULL, 50, 2000, NULL, 'R-AA-6;seed 000 四:投向民营企业占比应超过80%(设有运营基金的城市填报)'),
  ('INFRINGEMENT_CLOSURE','专利侵权纠纷案件结案率',                 '%',    'OBJECTIVE',  'PROTECTION',  5, 'PROPORTIONAL',  90, TRUE,     0,     100,    NULL, 60, 2000, NULL, 'R-AA-3 专利保护'),
  ('AID_VISITS',          '维权援助中心上门服务民营企业次数',       '次',   'OBJECTIVE',  'PROTECTION',  3, 'PROPORTIONAL',  12, TRUE,     0,   10000,    NULL, 70, 2000, NULL, 'seed 000 二:每月至少开展一次上门服务'),
  ('GBT29490_GROWTH',     '新增贯标认证企业数增幅(GB/T 29490)',   '%',    'OBJECTIVE',  'MANAGEMENT',  4, 'PROPORTIONAL',  10, TRUE,  -100,   10000,    NULL, 80, 2000, NULL, 'R-AA-6;seed 003 (五):新增获证企业数量较上年增长10%以上'),
  ('TRAINED_PRIVATE',     '面向民营企业知识产权培训',               '人次', 'OBJECTIVE',  'SERVICE',     4, 'PROPORTIONAL', 200, TRUE,     0, 1000000,    NULL, 90, 2000, NULL, 'R-AA-6;seed 000 九:示范城市面向民营企业培训200人次以上'),
  ('POLICY_BRIEFINGS',    '专利收费减缓等政策宣讲活动',             '场',   'OBJECTIVE',  'SERVICE',     2, 'THRESHOLD',      2, TRUE,     0,    1000,    NULL, 100, 2000, NULL, 'R-AA-6;seed 000 七:每年至少组织2场政策宣讲'),
  ('AGENCY_AID_GROWTH',   '专利代理援助企业数增幅',                 '%',    'OBJECTIVE',  'SERVICE',     2, 'PROPORTIONAL',  20, FALSE, -100,   10000,    NULL, 110, 2000, NULL, 'R-AA-6;seed 000 五:援助企业数增幅20%以上'),
  ('SUBJ_IDEAS',          '工作思路',                               '分',   'SUBJECTIVE', 'IDEAS',      20, 'ASSESSOR',    NULL, TRUE,  NULL,    NULL,    NULL, 200, 2000, NULL, 'R-AA-3;seed 003 四(一)'),
  ('SUBJ_MEASURES',       '工作措施',                               '分',   'SUBJECTIVE', 'MEASURES',   20, 'ASSESSOR',    NULL, TRUE,  NULL,    NULL,    NULL, 210, 2000, NULL, 'R-AA-3;seed 003 四(一)'),
  ('SUBJ_INPUT',          '工作投入',                               '分',   'SUBJECTIVE', 'INPUT',      20, 'ASSESSOR',    NULL, TRUE,  NULL,    NULL,    NULL, 220, 2000, NULL, 'R-AA-3;seed 003 四(一)');

-- R-AA-4: the national work plan of a year marks each task mandatory (必做) or optional (选做) for the cities.
-- A plan applies from valid_from until a later plan of the same title kind replaces it; each assessment
-- takes a copy of the plan in force for its year (pc_assessment_task).
CREATE TABLE pc_work_plan_item (
  id          BIGINT        AUTO_INCREMENT PRIMARY KEY,
  title_kind  VARCHAR(20)   NOT NULL,
  valid_from  INT           NOT NULL,
  position    INT           NOT NULL,
  code        VARCHAR(40)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  mandatory   BOOLEAN       NOT NULL,
  source      VARCHAR(300),
  CONSTRAINT uq_work_plan_item UNIQUE (title_kind, valid_from, code)
);

INSERT INTO pc_work_plan_item (title_kind, valid_from, position, code, name, mandatory, source) VALUES
  ('DEMONSTRATION', 2018, 5, 'DEMO-2018-05', '全面提升企事业单位知识产权管理水平', TRUE,  'seed 003 (五) 各示范城市知识产权局必做'),
  ('DEMONSTRATION', 2018, 6, 'DEMO-2018-06', '大力培育强县工程试点示范县(区)',     TRUE,  'seed 003 (六) 各示范城市知识产权局必做'),
  ('DEMONSTRATION', 2018, 7, 'DEMO-2018-07', '进一步完善知识产权公共服务体系',     FALSE, 'seed 003 (七) 各示范城市知识产权局选做'),
  ('DEMONSTRATION', 2018, 8, 'DEMO-2018-08', '深入开展知识产权助力创新创业',       FALSE, 'seed 003 (八) 各示范城市知识产权局选做'),
  ('STRONG_CITY',   2010, 1, 'SC-1', '知识产权管理能力提升工程', TRUE, 'R-SC-3 五大工程(必做/选做为本系统的设定)'),
  ('STRONG_CITY',   2010, 2, 'SC-2', '知识产权大保护工程',       TRUE, 'R-SC-3 五大工程(必做/选做为本系统的设定)'),
  ('STRONG_CITY',   2010, 3, 'SC-3', '知识产权运用促进工程',     TRUE, 'R-SC-3 五大工程(必做/选做为本系统的设定)'),
  ('STRONG_CITY',   2010, 4, 'SC-4', '知识产权质量提升工程',     TRUE, 'R-SC-3 五大工程(必做/选做为本系统的设定)'),
  ('STRONG_CITY',   2010, 5, 'SC-5', '知识产权发展环境建设工程', TRUE, 'R-SC-3 五大工程(必做/选做为本系统的设定)'),
  ('SME_PILOT',     2010, 2, 'SME-2', '提升中小企业知识产权意识',                 FALSE, 'seed 004 二(二)(必做/选做为本系统的设定)'),
  ('SME_PILOT',     2010, 3, 'SME-3', '开展中小企业知识产权培训',                 TRUE,  'seed 004 二(三)(必做/选做为本系统的设定)'),
  ('SME_PILOT',     2010, 4, 'SME-4', '开展自主知识产权优势中小企业培育工作',     TRUE,  'seed 004 二(四)(必做/选做为本系统的设定)'),
  ('SME_PILOT',     2010, 5, 'SME-5', '建立中小企业知识产权服务支撑体系',         TRUE,  'seed 004 二(五)(必做/选做为本系统的设定)'),
  ('SME_PILOT',     2010, 6, 'SME-6', '建立和完善中小企业集聚区知识产权保护机制', FALSE, 'seed 004 二(六)(必做/选做为本系统的设定)');
