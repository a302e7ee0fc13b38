/**
 * Duration of the convention (art. 4): two years, renewable once tacitly "sauf dénonciation ...
 * moyennant le respect d'un préavis d'un mois avant la date de reconduction", no indemnity.
 */
package fr.cdgrules.cdg79.duration;
