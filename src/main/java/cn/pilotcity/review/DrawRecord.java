package cn.pilotcity.review;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.AutomapConstructor;

/** A draw as recorded: its seed and every expert's outcome. */
public record DrawRecord(Long id, long reviewId, int drawNo, String kind, long seed, int panelSize, int reserveCount,
		String drawnBy, LocalDateTime drawnAt, List<DrawEntry> entries) {

	static final String INITIAL = "INITIAL";
	static final String REDRAW = "REDRAW";
	static final String SUPPLEMENT = "SUPPLEMENT";

	@AutomapConstructor
	DrawRecord(Long id, long reviewId, int drawNo, String kind, long seed, int panelSize, int reserveCount,
			String drawnBy, LocalDateTime drawnAt) {
		this(id, reviewId, drawNo, kind, seed, panelSize, reserveCount, drawnBy, drawnAt, List.of());
	}

	/** One expert in a draw: drawn (PANEL/RESERVE with position), NOT_DRAWN, or EXCLUDED with the reason. */
	public record DrawEntry(long drawId, long expertId, String outcome, String reason, Integer position, int loadAtDraw) {
	}

	DrawRecord withEntries(List<DrawEntry> entries) {
		return new DrawRecord(id, reviewId, drawNo, kind, seed, panelSize, reserveCount, drawnBy, drawnAt,
				List.copyOf(entries));
	}
}
