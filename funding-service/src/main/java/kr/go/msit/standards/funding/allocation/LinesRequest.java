package kr.go.msit.standards.funding.allocation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Budget lines to set on an allocation: each (fiscal year, cost category) gets the amount given; others stay. */
@Schema(name = "BudgetLinesRequest")
public record LinesRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {

    @Schema(name = "BudgetLineRequest")
    public record Line(
            @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @Schema(description = "비목; ALL when absent") CostCategory costCategory,

            @NotNull @PositiveOrZero @Max(1_000_000_000_000_000L)
            Long amountKrw) {}
}
