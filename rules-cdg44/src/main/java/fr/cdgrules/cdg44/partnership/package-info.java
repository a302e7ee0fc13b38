/** The parties, the signatures and entry into force (art. 5), the three-year term and termination on notice (art. 7.3). */
package fr.cdgrules.cdg44.partnership;
