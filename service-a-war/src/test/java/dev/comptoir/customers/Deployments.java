package dev.comptoir.customers;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive customersWar() {
        return ShrinkWrap.create(ZipImporter.class, "customers.war")
                .importFrom(new File("target/customers.war"))
                .as(WebArchive.class);
    }
}
