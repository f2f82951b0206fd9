package cn.pilotcity.assessment;

import cn.pilotcity.city.TitleKind;

/** R-AA-4: a task of the national work plan, mandatory (必做) or optional (选做), from a year on. */
record WorkPlanItem(Long id, TitleKind titleKind, int validFrom, int position, String code, String name,
		boolean mandatory, String source) {
}
