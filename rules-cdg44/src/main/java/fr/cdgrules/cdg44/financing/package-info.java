/** Who pays what, by cost and trainee status (section « Modalités financières », art. 2). */
package fr.cdgrules.cdg44.financing;
