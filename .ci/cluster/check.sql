-- Checks of the cluster run (.ci/cluster/run), on the run's own fresh database; @titles is the number of
-- titles granted. Each row: what is checked, the expected and the actual figure, PASS or FAIL.
SELECT chk AS `check`, expected, actual, IF(expected = actual, 'PASS', 'FAIL') AS verdict FROM (
  SELECT 'title-grant instances completed' AS chk, @titles AS expected,
         (SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'title-grant' AND STATE_ = 'COMPLETED') AS actual
  UNION ALL SELECT 'lifecycles running', @titles,
         (SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
           WHERE d.KEY_ = 'title-lifecycle' AND e.ID_ = e.PROC_INST_ID_)
  UNION ALL SELECT 'lifecycles waiting for next year''s assessment', @titles,
         (SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.ID_ = j.EXECUTION_ID_
           WHERE e.ACT_ID_ = 'Timer_AnnualAssessment' AND j.DUEDATE_ > NOW() + INTERVAL 30 DAY)
  UNION ALL SELECT 'annual assessments completed', @titles,
         (SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'annual-assessment' AND STATE_ = 'COMPLETED')
  UNION ALL SELECT 'annual assessments not completed', 0,
         (SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'annual-assessment' AND STATE_ <> 'COMPLETED')
  UNION ALL SELECT 'Timer_AnnualAssessment fired (instances)', @titles,
         (SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Timer_AnnualAssessment' AND END_TIME_ IS NOT NULL)
  UNION ALL SELECT 'Timer_ReportReminder fired (instances)', @titles,
         (SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Timer_ReportReminder' AND END_TIME_ IS NOT NULL)
  UNION ALL SELECT 'Timer_ReportOverdue fired (instances)', @titles,
         (SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Timer_ReportOverdue' AND END_TIME_ IS NOT NULL)
  UNION ALL SELECT 'Timer_ReportCutoff fired (instances)', @titles,
         (SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Timer_ReportCutoff' AND END_TIME_ IS NOT NULL)
  UNION ALL SELECT 'timers fired in total', 4 * @titles,
         (SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_TYPE_ IN ('intermediateTimer', 'boundaryTimer') AND END_TIME_ IS NOT NULL)
  UNION ALL SELECT 'timers fired more than once in one instance', 0,
         (SELECT COUNT(*) FROM (SELECT PROC_INST_ID_, ACT_ID_ FROM ACT_HI_ACTINST
           WHERE ACT_TYPE_ IN ('intermediateTimer', 'boundaryTimer') AND END_TIME_ IS NOT NULL
           GROUP BY PROC_INST_ID_, ACT_ID_ HAVING COUNT(*) > 1) x)
  -- business jobs only: the recurring history clean-up job (no process instance) keeps its id from night to night
  UNION ALL SELECT 'business jobs completed successfully more than once (job log)', 0,
         (SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND PROCESS_INSTANCE_ID_ IS NOT NULL
           GROUP BY JOB_ID_ HAVING COUNT(*) > 1) x)
  UNION ALL SELECT 'incidents', 0, (SELECT COUNT(*) FROM ACT_RU_INCIDENT)
  UNION ALL SELECT 'jobs left with an exception', 0, (SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL)
  UNION ALL SELECT 'pc_title: SME-pilot titles active', @titles,
         (SELECT COUNT(*) FROM pc_title WHERE kind = 'SME_PILOT' AND status = 'ACTIVE')
  UNION ALL SELECT 'pc_title_event: grants', @titles,
         (SELECT COUNT(*) FROM pc_title_event WHERE kind = 'SME_PILOT')
  UNION ALL SELECT 'pc_title_lifecycle: rows naming a running lifecycle', @titles,
         (SELECT COUNT(*) FROM pc_title_lifecycle l JOIN ACT_RU_EXECUTION e ON e.ID_ = l.process_instance_id)
  UNION ALL SELECT 'pc_title_lifecycle: rows', @titles, (SELECT COUNT(*) FROM pc_title_lifecycle)
  UNION ALL SELECT 'pc_decision: grant decisions', @titles,
         (SELECT COUNT(*) FROM pc_decision WHERE step = 'StartEvent_GrantTitle')
  UNION ALL SELECT 'pc_assessment: rows', @titles, (SELECT COUNT(*) FROM pc_assessment)
  UNION ALL SELECT 'pc_assessment: titles assessed', @titles, (SELECT COUNT(DISTINCT title_id) FROM pc_assessment)
  UNION ALL SELECT 'pc_assessment: graded, report missing', @titles,
         (SELECT COUNT(*) FROM pc_assessment WHERE status = 'GRADED' AND report_missing AND grade = 'FAILED')
  UNION ALL SELECT 'pc_notification: city users, rows', 4 * @titles,
         (SELECT COUNT(*) FROM pc_notification WHERE recipient LIKE 'cluster-city-%')
  UNION ALL SELECT 'pc_notification: city users, kinds received exactly once', 4 * @titles,
         (SELECT COUNT(*) FROM (SELECT recipient, LEFT(subject, 6) AS kind FROM pc_notification
           WHERE recipient LIKE 'cluster-city-%' GROUP BY recipient, LEFT(subject, 6) HAVING COUNT(*) = 1) x)
  UNION ALL SELECT 'pc_notification: same notice twice (recipient, subject, instance)', 0,
         (SELECT COUNT(*) FROM (SELECT recipient, subject, process_instance_id FROM pc_notification
           GROUP BY recipient, subject, process_instance_id HAVING COUNT(*) > 1) x)
) checks;

-- Figures: which node executed how many jobs, and what failed (and was retried) on the way.
SELECT HOSTNAME_ AS node, SUM(JOB_STATE_ = 2) AS jobs_succeeded, SUM(JOB_STATE_ = 1) AS job_failures
  FROM ACT_HI_JOB_LOG GROUP BY HOSTNAME_ ORDER BY HOSTNAME_;
SELECT LEFT(JOB_EXCEPTION_MSG_, 120) AS failure, COUNT(*) AS times FROM ACT_HI_JOB_LOG
 WHERE JOB_STATE_ = 1 GROUP BY LEFT(JOB_EXCEPTION_MSG_, 120);
