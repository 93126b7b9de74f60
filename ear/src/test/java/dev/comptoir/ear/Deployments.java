package dev.comptoir.ear;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archives the tests deploy: the EAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive comptoirEar() {
        return ShrinkWrap.create(ZipImporter.class, "comptoir.ear")
                .importFrom(new File("target/comptoir.ear"))
                .as(EnterpriseArchive.class);
    }
}
