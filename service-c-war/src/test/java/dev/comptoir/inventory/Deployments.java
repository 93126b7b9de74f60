package dev.comptoir.inventory;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive inventoryWar() {
        return ShrinkWrap.create(ZipImporter.class, "inventory.war")
                .importFrom(new File("target/inventory.war"))
                .as(WebArchive.class);
    }
}
