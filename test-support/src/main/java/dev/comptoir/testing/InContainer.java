package dev.comptoir.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * For a test that runs inside the server: Arquillian calls its test runner servlet in the deployment, without a
 * token, and every service WAR's web.xml requires one on every route. This adds, in the test's archive only, an
 * unconstrained collection for that servlet.
 */
public final class InContainer {

    private static final String WEB_XML = "WEB-INF/web.xml";

    private static final String OPEN_RUNNER = """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian's test runner (test deployments only)</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            """;

    private InContainer() {}

    public static WebArchive runnable(WebArchive war) {
        String webXml = read(war.get(WEB_XML).getAsset().openStream());
        war.delete(WEB_XML);
        return war.setWebXML(
                new StringAsset(webXml.replace("    <login-config>", OPEN_RUNNER + "\n    <login-config>")));
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
