/**
 * The Unicode adapter: {@link app.bettertalk.icu.IcuNameSkeletons} tells what a name looks like by ICU4J's
 * confusables data (UTS #39), so a username or a shown name cannot pass for another. A module of its own because
 * ICU's data is large (about 14 MB): only the program that wires it carries it.
 */
package app.bettertalk.icu;
