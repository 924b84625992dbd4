package dev.crm.loyalty.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.loyalty.application.MembershipLevelCatalogue;
import dev.crm.loyalty.domain.MembershipLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.mapstruct.Mapper;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/loyalty/levels")
class MembershipLevelController {

    private final MembershipLevelCatalogue catalogue;
    private final LevelMapper mapper;
    private final CurrentStaff currentStaff;

    MembershipLevelController(MembershipLevelCatalogue catalogue, LevelMapper mapper, CurrentStaff currentStaff) {
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<LevelResponse> define(@Valid @RequestBody DefineLevelRequest request) {
        MembershipLevel level;
        try {
            level = MembershipLevel.define(request.code(), request.name(), request.rank(), request.qualifyingPoints(),
                    request.earnMultiplier());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", e.getMessage());
        }
        MembershipLevel saved = catalogue.define(level, currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/loyalty/levels/" + saved.code()))
                .body(mapper.toResponse(saved));
    }

    @GetMapping
    List<LevelResponse> list() {
        return catalogue.list().stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{code}")
    LevelResponse get(@PathVariable String code) {
        return mapper.toResponse(catalogue.get(code));
    }

    record DefineLevelRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,31}") String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(1) Integer rank,
            @NotNull @Min(0) Long qualifyingPoints,
            @NotNull @DecimalMin("1.0") @Digits(integer = 3, fraction = 2) BigDecimal earnMultiplier) {
    }

    record LevelResponse(String code, String name, int rank, long qualifyingPoints, BigDecimal earnMultiplier) {
    }

    @Mapper
    interface LevelMapper {
        LevelResponse toResponse(MembershipLevel level);
    }
}
