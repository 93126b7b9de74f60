package dev.comptoir.aggregator.downstream;

import dev.comptoir.kit.correlation.CorrelationId;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the body bytes the aggregator reads from the services, per client request it serves: the cost of
 * API composition that its own answer does not show. Downstream calls run on other threads, so the tally
 * is found by the correlation id every call carries; it is open only while the client request is (see
 * {@link DownstreamBytesHeader}), so a late answer of a timed-out call counts nowhere and leaks nothing.
 */
public class DownstreamBytes implements ClientResponseFilter {

    private static final Map<String, LongAdder> OPEN = new ConcurrentHashMap<>();

    static void open(String requestId) {
        OPEN.put(requestId, new LongAdder());
    }

    static OptionalLong close(String requestId) {
        LongAdder tally = OPEN.remove(requestId);
        return tally == null ? OptionalLong.empty() : OptionalLong.of(tally.sum());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        LongAdder tally = OPEN.get(String.valueOf(request.getHeaderString(CorrelationId.HEADER)));
        if (tally != null && response.hasEntity()) {
            response.setEntityStream(new Counting(response.getEntityStream(), tally));
        }
    }

    private static final class Counting extends FilterInputStream {

        private final LongAdder tally;

        Counting(InputStream in, LongAdder tally) {
            super(in);
            this.tally = tally;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tally.increment();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                tally.add(n);
            }
            return n;
        }
    }
}
