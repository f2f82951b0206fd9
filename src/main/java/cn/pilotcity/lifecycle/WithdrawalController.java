package cn.pilotcity.lifecycle;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.document.Downloads;
import cn.pilotcity.document.ExcelTable;

/** R-SC-8, R-X-3: the published withdrawals of titles (取消资格), public to every signed-in user. */
@RestController
class WithdrawalController {

	private final RectificationSteps rectifications;

	WithdrawalController(RectificationSteps rectifications) {
		this.rectifications = rectifications;
	}

	@GetMapping("/api/title-withdrawals")
	List<Withdrawal> withdrawals() {
		return rectifications.withdrawals();
	}

	@GetMapping("/api/title-withdrawals/excel")
	ResponseEntity<byte[]> excel() {
		ExcelTable table = new ExcelTable().sheet("取消资格", "取消称号资格公告(国家知识产权局)",
				List.of("城市代码", "城市", "省份", "称号", "生效日期", "文号", "决定意见"));
		for (Withdrawal w : withdrawals()) {
			table.row(w.cityCode(), w.cityName(), w.provinceName(), w.title(), w.effectiveOn(), w.docNumber(), w.reason());
		}
		return Downloads.excel("取消称号资格公告.xlsx", table.toBytes());
	}
}
