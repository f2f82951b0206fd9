/**
 * The SME IP strategy pilot (中小企业知识产权战略推进工程, R-SME-1 … R-SME-8): the city's application and
 * its joint provincial recommendation.
 */
package cn.pilotcity.sme;
