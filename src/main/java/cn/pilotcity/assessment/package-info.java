/**
 * The annual assessment of a title-holding city (R-AA-1 … R-AA-6, R-SC-7): the indicator system kept as
 * data, the Excel template and the checked import of the city's indicator data, the five-part annual
 * report and the work plan's tasks, the province's review, the national office's scoring, the grade
 * (DMN {@code annual-grade}) and the published results.
 */
package cn.pilotcity.assessment;
