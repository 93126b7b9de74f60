package dev.comptoir.aggregator.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console's static files, handed to the container's default servlet: Jakarta REST's application path ({@code /})
 * takes every path, and the default servlet mapped to {@code /ui/*} would look the file up without its {@code /ui}.
 * A named dispatch keeps the request's path. The same for Swagger UI's files, which its webjar holds under
 * {@code /webjars}. They come with a Content-Security-Policy that allows this origin's own
 * scripts, styles and calls only: no inline script, no other site, no framing (the page holds an operator's token).
 */
@WebFilter({"/ui/*", "/webjars/*"})
public class ConsoleFiles extends HttpFilter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static final String PAGE = "/ui/index.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/ui") || path.equals("/ui/")) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.getServletContext().getNamedDispatcher("default").forward(request, response);
    }
}
