package kiosk.app.transaction.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.app.journal.JournaledOperation;
import kiosk.app.journal.JournaledPayment;
import kiosk.app.journal.OperationKind;
import kiosk.app.journal.OperationState;
import kiosk.app.journal.PaymentState;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Compares the kiosk's journal with the backend's ledger of applied effects, per clientRef (the
 * journal's payment id).
 *
 * <p>Duplicated: one more than one effect of a kind (ORDER_CREATED, ORDER_PAID, RECEIPT_RECORDED, a
 * kiosk ORDER_REFUNDED) for one clientRef counts each extra effect; an order created for a clientRef
 * the journal does not know counts too.
 *
 * <p>Lost: a journal payment the resident paid for (PAID, PRINTED, REPRINT_AVAILABLE, NEEDS_REFUND,
 * REFUNDED) with no ORDER_PAID at the backend; an ORDER_PAID whose payment is neither printed,
 * reprintable, nor being refunded (the resident paid and got nothing); a PRINTED payment with no
 * RECEIPT_RECORDED; a REFUNDED payment with no refund at the backend; an open journal operation left
 * after the final recovery.
 */
public final class LedgerAudit {

    /** Back-office refunds made by the harness carry keys with this prefix and are not kiosk effects. */
    public static final String BACK_OFFICE_PREFIX = "backoffice-";

    private static final Set<PaymentState> PAID_FOR = EnumSet.of(PaymentState.PAID, PaymentState.PRINTED,
            PaymentState.REPRINT_AVAILABLE, PaymentState.NEEDS_REFUND, PaymentState.REFUNDED);
    private static final Set<PaymentState> HONOURED = EnumSet.of(PaymentState.PRINTED,
            PaymentState.REPRINT_AVAILABLE, PaymentState.NEEDS_REFUND, PaymentState.REFUNDED);
    private static final List<String> KINDS = List.of("ORDER_CREATED", "ORDER_PAID", "RECEIPT_RECORDED", "ORDER_REFUNDED",
            "ORDER_CANCELLED");

    /** The figures and one line per finding (ids only). */
    public record Result(int lost, int duplicated, List<String> findings) {
    }

    private LedgerAudit() {
    }

    /** GET /admin/ledger from the backend (stub admin route). */
    public static JsonNode fetch(URI backendUrl, String adminToken) throws IOException {
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
        Request request = new Request.Builder().url(backendUrl.resolve("/admin/ledger").toString())
                .header("X-Admin-Token", adminToken).build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("ledger: HTTP " + response.code());
            }
            return new ObjectMapper().readTree(response.body().string());
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /** How many effects of a kind the ledger holds for a clientRef (kiosk effects and back office alike). */
    public static int count(JsonNode ledger, String kind, String clientRef) {
        int n = 0;
        for (JsonNode entry : ledger.path("entries")) {
            if (kind.equals(entry.path("kind").asText()) && clientRef.equals(entry.path("clientRef").asText())) {
                n++;
            }
        }
        return n;
    }

    public static Result compare(JsonNode ledger, String kioskId, List<JournaledPayment> payments,
                                 List<JournaledOperation> operations) {
        Map<String, Map<String, Integer>> effects = new HashMap<>();
        for (JsonNode entry : ledger.path("entries")) {
            String kind = entry.path("kind").asText();
            String key = entry.path("idempotencyKey").asText("");
            if (!KINDS.contains(kind) || !kioskId.equals(entry.path("kioskId").asText())
                    || key.startsWith(BACK_OFFICE_PREFIX)) {
                continue;
            }
            String clientRef = entry.path("clientRef").asText("");
            effects.computeIfAbsent(clientRef, k -> new HashMap<>()).merge(kind, 1, Integer::sum);
        }
        List<String> findings = new ArrayList<>();
        int duplicated = 0;
        int lost = 0;
        Set<String> known = new HashSet<>();
        for (JournaledPayment p : payments) {
            known.add(p.paymentId());
        }
        for (Map.Entry<String, Map<String, Integer>> e : effects.entrySet()) {
            for (Map.Entry<String, Integer> count : e.getValue().entrySet()) {
                if (count.getValue() > 1) {
                    duplicated += count.getValue() - 1;
                    findings.add("duplicated " + count.getKey() + " x" + count.getValue() + " for " + e.getKey());
                }
            }
            if (!known.contains(e.getKey())) {
                if (e.getValue().containsKey("ORDER_CREATED")) {
                    duplicated++;
                    findings.add("order created for unknown clientRef " + e.getKey());
                }
                if (e.getValue().containsKey("ORDER_PAID")) {
                    lost++;
                    findings.add("paid order for unknown clientRef " + e.getKey());
                }
            }
        }
        for (JournaledPayment p : payments) {
            Map<String, Integer> mine = effects.getOrDefault(p.paymentId(), Map.of());
            boolean paid = mine.containsKey("ORDER_PAID");
            if (PAID_FOR.contains(p.state()) && !paid) {
                lost++;
                findings.add("journal says " + p.state() + " but backend has no payment for " + p.paymentId());
            } else if (paid && !HONOURED.contains(p.state())) {
                lost++;
                findings.add("backend paid but journal left it " + p.state() + ": " + p.paymentId());
            } else if (p.state() == PaymentState.PRINTED && !mine.containsKey("RECEIPT_RECORDED")) {
                lost++;
                findings.add("printed receipt never recorded: " + p.paymentId());
            } else if (p.state() == PaymentState.REFUNDED && !mine.containsKey("ORDER_REFUNDED")) {
                lost++;
                findings.add("refund journaled but not at the backend: " + p.paymentId());
            }
        }
        for (JournaledOperation op : operations) {
            if (op.state().isOpen()) {
                lost++;
                findings.add("operation still open after final recovery: " + op.kind() + " " + op.paymentId());
            } else if (op.state() == OperationState.REFUSED
                    && (op.kind() == OperationKind.RECORD_RECEIPT || op.kind() == OperationKind.REFUND)) {
                lost++;
                findings.add("follow-up refused by the backend: " + op.kind() + " " + op.lastError() + " " + op.paymentId());
            }
        }
        return new Result(lost, duplicated, List.copyOf(findings));
    }
}
