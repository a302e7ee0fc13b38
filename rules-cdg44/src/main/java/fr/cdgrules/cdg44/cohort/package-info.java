/** Training sessions per département: cohort size, order of admission, immersion before entry (art. 1, art. 2). */
package fr.cdgrules.cdg44.cohort;
