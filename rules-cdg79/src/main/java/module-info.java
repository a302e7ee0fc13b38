/**
 * CDG79 (Centre de gestion des Deux-Sèvres): the convention of adhesion to the services of the
 * "secrétaire général de mairie" action plan (seed 000: pack adhésion, hourly interventions,
 * duration) and the charter of use of the collaborative platform (annex of 000), with the worked
 * case of Clessé (seed 001).
 */
module fr.cdgrules.cdg79 {
    requires transitive fr.cdgrules.core;
    requires static org.immutables.value.annotations;

    exports fr.cdgrules.cdg79;
    exports fr.cdgrules.cdg79.fee;
    exports fr.cdgrules.cdg79.intervention;
    exports fr.cdgrules.cdg79.duration;
    exports fr.cdgrules.cdg79.charter;
    exports fr.cdgrules.cdg79.adhesion;

    opens fr.cdgrules.cdg79 to tools.jackson.databind;
    opens fr.cdgrules.cdg79.fee to tools.jackson.databind;
    opens fr.cdgrules.cdg79.intervention to tools.jackson.databind;
    opens fr.cdgrules.cdg79.charter to tools.jackson.databind;
    opens fr.cdgrules.cdg79.adhesion to tools.jackson.databind;
    opens fr.cdgrules.cdg79.duration to tools.jackson.databind;

    provides fr.cdgrules.core.module.RuleModule with fr.cdgrules.cdg79.Cdg79Module;
}
