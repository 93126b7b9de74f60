package dev.comptoir.orders;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive ordersWar() {
        return ShrinkWrap.create(ZipImporter.class, "orders.war")
                .importFrom(new File("target/orders.war"))
                .as(WebArchive.class);
    }
}
