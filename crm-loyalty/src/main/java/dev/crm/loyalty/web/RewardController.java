package dev.crm.loyalty.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.application.RewardCatalogue;
import dev.crm.loyalty.domain.Reward;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The redemption catalogue: administrators write, staff read. */
@RestController
@RequestMapping("/api/v1/loyalty/rewards")
class RewardController {

    private final RewardCatalogue catalogue;
    private final CurrentStaff currentStaff;

    RewardController(RewardCatalogue catalogue, CurrentStaff currentStaff) {
        this.catalogue = catalogue;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<RewardBody> offer(@RequestBody RewardBody body) {
        Reward reward = catalogue.offer(body.code(), body.toTerms(), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/loyalty/rewards/" + reward.getCode()))
                .body(RewardBody.of(reward));
    }

    /** Send back the {@code version} you read; a stale one (an edit or a redemption since) is a 409. */
    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    RewardBody revise(@PathVariable String code, @RequestBody RewardBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "is required to change a reward");
        }
        return RewardBody.of(catalogue.revise(code, body.toTerms(), body.version(), currentStaff.username()));
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    ResultPage<RewardBody> list(@RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return catalogue.list(PageQuery.of(page, size)).map(RewardBody::of);
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    RewardBody get(@PathVariable String code) {
        return RewardBody.of(catalogue.get(code));
    }
}
