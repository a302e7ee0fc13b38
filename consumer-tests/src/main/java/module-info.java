/** A host of cdg-rules on the module path: it needs only core and the communes; the rule modules come through the SPI. */
module fr.cdgrules.consumer {
    requires fr.cdgrules.core;
    requires fr.cdgrules.communes;

    exports fr.cdgrules.consumer;
}
