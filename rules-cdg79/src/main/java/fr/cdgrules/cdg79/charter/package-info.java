/**
 * Access to the collaborative platform (art. 1.3 and 1.4 of the convention and the annexed charter
 * of use): requests, decisions (default deny, every condition explained), roles granted.
 */
package fr.cdgrules.cdg79.charter;
