/**
 * The IP strong city (知识产权强市, R-SC-1 … R-SC-6): a national IP demonstration city's construction plan
 * around the five major projects, guided by its province, argued by experts round after round until it is
 * mature, approved by CNIPA and issued by the city government — each city on its own (成熟一个,批复一个).
 */
package cn.pilotcity.strongcity;
