package org.colophon.endpoint.internal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checked query request as Fuseki sees it: a GET whose {@code query} parameter is the (possibly rewritten) query,
 * keeping the other protocol parameters ({@code default-graph-uri}, {@code timeout}, …) of the original request.
 */
final class QueryRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    QueryRequest(HttpServletRequest request, String query) {
        super(request);
        Map<String, String[]> p = new LinkedHashMap<>(request.getParameterMap());
        p.put("query", new String[] {query});
        this.parameters = Collections.unmodifiableMap(p);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    /** The parameters as a query string, as Fuseki expects of a GET. */
    @Override
    public String getQueryString() {
        StringBuilder b = new StringBuilder();
        parameters.forEach((name, values) -> {
            for (String v : values) {
                if (b.length() > 0) {
                    b.append('&');
                }
                b.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")
                ? null
                : super.getHeader(name);
    }

    @Override
    public long getContentLengthLong() {
        return -1;
    }

    @Override
    public int getContentLength() {
        return -1;
    }

    @Override
    public String getParameter(String name) {
        String[] v = parameters.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {}

            @Override
            public int read() {
                return -1;
            }
        };
    }
}
