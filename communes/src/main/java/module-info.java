/**
 * The current communes of France and their EPCI à fiscalité propre, from the INSEE/DGCL 2026 data
 * (Licence Ouverte / Open Licence, Etalab): {@link fr.cdgrules.communes.Communes} is the entry point.
 * No dependency.
 */
module fr.cdgrules.communes {
    exports fr.cdgrules.communes;
}
