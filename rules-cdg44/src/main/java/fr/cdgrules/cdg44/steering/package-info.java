/** The steering committee's yearly meeting (art. 4). */
package fr.cdgrules.cdg44.steering;
