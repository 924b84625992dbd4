package dev.crm.customer.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import dev.crm.customer.application.Segments;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerValue;
import dev.crm.customer.domain.Segment;
import dev.crm.customer.domain.SegmentCondition;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Segments: analysts define rule-based segments and run k-means clustering; staff read member
 * lists. Member lists and exports carry no contacts (name, reference, region, tier, stage,
 * value): contacting a segment goes through the channels, which check consent.
 */
@RestController
@RequestMapping("/api/v1/segments")
class SegmentController {

    private final Segments segments;
    private final CurrentStaff currentStaff;

    SegmentController(Segments segments, CurrentStaff currentStaff) {
        this.segments = segments;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'SUPERVISOR')")
    ResponseEntity<SegmentResponse> define(@Valid @RequestBody DefineRequest request) {
        Segment segment = segments.define(request.name(), request.description(), request.conditions(),
                currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id())).body(response(segment));
    }

    /** k-means on RFM/CLV features of scored customers; the k new segments replace the previous clusters. */
    @PostMapping("/clusters")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    List<SegmentResponse> cluster(@Valid @RequestBody ClusterRequest request) {
        return segments.cluster(request.k(), request.features(), currentStaff.username()).stream()
                .map(this::response).toList();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'SUPERVISOR', 'AGENT')")
    ResultPage<SegmentResponse> list(@RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return segments.list(PageQuery.of(page, size)).map(this::response);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'SUPERVISOR', 'AGENT')")
    SegmentResponse get(@PathVariable String id) {
        return response(segments.get(id));
    }

    @GetMapping("/{id}/members")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'SUPERVISOR', 'AGENT')")
    ResultPage<MemberResponse> members(@PathVariable String id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return segments.members(id, PageQuery.of(page, size)).map(MemberResponse::of);
    }

    /** All members as CSV, streamed. */
    @GetMapping(path = "/{id}/export", produces = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    void export(@PathVariable String id, HttpServletResponse response) throws IOException {
        segments.get(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"segment-" + id + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print("customerId,displayName,externalRef,region,tier,stage,orders,historicClv,predictedClv,"
                + "probabilityAlive\r\n");
        segments.export(id, currentStaff.username(), customer -> {
            MemberResponse member = MemberResponse.of(customer);
            out.print(String.join(",", csv(member.id()), csv(member.displayName()), csv(member.externalRef()),
                    csv(member.region()), csv(member.tier()), csv(member.stage()), csv(member.orders()),
                    csv(member.historicClv()), csv(member.predictedClv()), csv(member.probabilityAlive())));
            out.print("\r\n");
            if (out.checkError()) {
                throw new UncheckedIOException(new IOException("the client stopped reading the export"));
            }
        });
        out.flush();
    }

    private static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // Quoted when needed (RFC 4180); a leading =,+,-,@ is defused so spreadsheets do not run it.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)
                && !(value instanceof BigDecimal)) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    ResponseEntity<Void> delete(@PathVariable String id) {
        segments.delete(id, currentStaff.username());
        return ResponseEntity.noContent().build();
    }

    private SegmentResponse response(Segment segment) {
        return new SegmentResponse(segment.id(), segment.name(), segment.description(), segment.kind(),
                segment.conditions(), segment.cluster(), segment.superseded(), segments.memberCount(segment),
                segment.createdAt(), segment.createdBy());
    }

    record DefineRequest(@NotNull @Size(max = 200) String name, @Size(max = 2000) String description,
                         @NotNull List<SegmentCondition> conditions) {
    }

    record ClusterRequest(int k, List<String> features) {
    }

    record SegmentResponse(String id, String name, String description, Segment.Kind kind,
                           List<SegmentCondition> conditions, Segment.Cluster cluster, boolean superseded,
                           long memberCount, Instant createdAt, String createdBy) {
    }

    record MemberResponse(String id, String displayName, String externalRef, String region, ValueTier tier,
                          LifecycleStage stage, Long orders, BigDecimal historicClv, BigDecimal predictedClv,
                          Double probabilityAlive) {

        static MemberResponse of(Customer customer) {
            CustomerValue value = customer.getValue();
            return new MemberResponse(customer.getId(), customer.getDisplayName(), customer.getExternalRef(),
                    customer.getRegion(), value == null ? null : value.tier(), value == null ? null : value.stage(),
                    value == null ? null : value.orders(), value == null ? null : value.historicClv(),
                    value == null || value.prediction() == null ? null : value.prediction().discountedClv(),
                    value == null || value.prediction() == null ? null : value.prediction().probabilityAlive());
        }
    }
}
