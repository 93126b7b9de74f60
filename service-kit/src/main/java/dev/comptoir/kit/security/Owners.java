package dev.comptoir.kit.security;

import dev.comptoir.kit.problem.ProblemException;
import java.util.function.Supplier;

/** Who owns the objects of one kind, for {@link CustomersOwn}: a CDI bean of the WAR that knows them. */
public interface Owners {

    /** The id of the customer who owns the object, or null when there is no such object. */
    String ownerOf(String id);

    /** The owner a lookup finds, or null when the lookup answers the object's 404. */
    static String unlessUnknown(Supplier<String> lookup) {
        try {
            return lookup.get();
        } catch (ProblemException refused) {
            if (refused.problem().status() != 404) {
                throw refused;
            }
            return null;
        }
    }
}
