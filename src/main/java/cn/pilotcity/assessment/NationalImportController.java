package cn.pilotcity.assessment;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.pilotcity.city.TitleKind;
import cn.pilotcity.document.Downloads;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.InvalidInputException;

/**
 * The national office's import of one year's objective indicator data for every city of a title
 * ({@link NationalIndicatorImport}); the page {@code /assessment/national-import.html} uses these. Only members of
 * the national office (CNIPA) may see the list or import.
 */
@RestController
class NationalImportController {

	record ImportScope(int year, String title, String titleLabel, int cities, int indicators, long maxUploadBytes) {
	}

	record ImportResult(int cities, int values, String message) {
	}

	private final NationalIndicatorImport nationalImport;
	private final CurrentUser currentUser;

	NationalImportController(NationalIndicatorImport nationalImport, CurrentUser currentUser) {
		this.nationalImport = nationalImport;
		this.currentUser = currentUser;
	}

	/** R-AA-1: at the start of a year the previous one is assessed, so by default the year before the engine's today. */
	@GetMapping("/api/assessment-years/indicator-import")
	List<ImportScope> scopesOfLastYear() {
		return scopes(EngineClock.today().getYear() - 1);
	}

	@GetMapping("/api/assessment-years/{year}/indicator-import")
	List<ImportScope> scopes(@PathVariable int year) {
		checkNationalOffice();
		checkYear(year);
		return List.of(TitleKind.values()).stream().map(kind -> nationalImport.scope(year, kind))
				.map(s -> new ImportScope(year, s.kind().name(), s.kind().label(), s.open().size(), s.indicators().size(),
						nationalImport.maxBytes()))
				.toList();
	}

	@GetMapping("/api/assessment-years/{year}/indicator-template")
	ResponseEntity<byte[]> template(@PathVariable int year, @RequestParam("title") TitleKind kind) {
		checkNationalOffice();
		checkYear(year);
		return Downloads.excel(year + "年度" + kind.label() + "考核-客观指标数据汇总模板.xlsx", nationalImport.template(year, kind));
	}

	@PostMapping("/api/assessment-years/{year}/indicator-data")
	ImportResult upload(@PathVariable int year, @RequestParam("title") TitleKind kind, @RequestParam("file") MultipartFile file)
			throws IOException {
		checkNationalOffice();
		checkYear(year);
		if (file.getSize() > nationalImport.maxBytes()) {
			throw new InvalidInputException("文件超过 " + nationalImport.maxBytes() / 1024 / 1024 + " MB 上限");
		}
		NationalIndicatorImport.Imported imported = nationalImport.upload(year, kind, file.getOriginalFilename(), file.getBytes(),
				currentUser.id());
		return new ImportResult(imported.cities(), imported.values(),
				"校验通过,已为 " + imported.cities() + " 个城市导入 " + imported.values() + " 项指标数据");
	}

	private void checkNationalOffice() {
		if (!currentUser.isMemberOf(Roles.CNIPA)) {
			throw new ForbiddenException("只有国家知识产权局可以统一导入指标数据");
		}
	}

	private static void checkYear(int year) {
		if (year < 2000 || year > 9999) {
			throw new InvalidInputException("考核年度不正确");
		}
	}
}
