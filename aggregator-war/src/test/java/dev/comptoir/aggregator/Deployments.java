package dev.comptoir.aggregator;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive aggregatorWar() {
        return ShrinkWrap.create(ZipImporter.class, "aggregator.war")
                .importFrom(new File("target/aggregator.war"))
                .as(WebArchive.class);
    }
}
