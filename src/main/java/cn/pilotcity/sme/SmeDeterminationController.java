package cn.pilotcity.sme;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.document.Downloads;
import cn.pilotcity.document.ExcelTable;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.Unrestricted;

/**
 * R-SME-6: the page on which the national office works a batch's list: read by both ministries, changed only by
 * the official who may work the open determination task (a member of the national office; its assignee once
 * claimed).
 */
@RestController
class SmeDeterminationController {

	record WorklistView(long batchId, String batchName, boolean editable, String notEditable,
			List<SmeDeterminationWorklist.Line> lines) {
	}

	record Save(List<SmeDeterminationWorklist.Change> entries) {
	}

	private final SmeBatches batches;
	private final SmeDeterminationWorklist worklist;
	private final CurrentUser currentUser;
	private final TaskService taskService;
	private final Unrestricted unrestricted;

	SmeDeterminationController(SmeBatches batches, SmeDeterminationWorklist worklist, CurrentUser currentUser,
			TaskService taskService, Unrestricted unrestricted) {
		this.batches = batches;
		this.worklist = worklist;
		this.currentUser = currentUser;
		this.taskService = taskService;
		this.unrestricted = unrestricted;
	}

	@GetMapping("/api/sme/batches/{id}/determination")
	WorklistView view(@PathVariable long id) {
		SmeBatch batch = readable(id);
		String notEditable = whyNotEditable(batch);
		return new WorklistView(id, batch.name(), notEditable == null, notEditable, worklist.lines(id));
	}

	@PutMapping(path = "/api/sme/batches/{id}/determination", consumes = "application/json")
	ResponseEntity<Void> save(@PathVariable long id, @RequestBody Save save) {
		SmeBatch batch = readable(id);
		String notEditable = whyNotEditable(batch);
		if (notEditable != null) {
			throw new ForbiddenException(notEditable);
		}
		worklist.save(id, save == null ? null : save.entries(), currentUser.id());
		return ResponseEntity.noContent().build();
	}

	/** The working list as it stands, for reading offline or sharing inside the office. */
	@GetMapping("/api/sme/batches/{id}/determination.xlsx")
	ResponseEntity<byte[]> excel(@PathVariable long id) {
		SmeBatch batch = readable(id);
		ExcelTable excel = new ExcelTable().sheet("拟定名单", batch.name() + "拟定入选名单(工作稿)",
				List.of("排名", "城市", "省份", "评审得分", "专家组建议", "拟定结果", "审定意见"));
		int rank = 1;
		for (SmeDeterminationWorklist.Line line : worklist.lines(id)) {
			excel.row(rank++, line.cityName(), line.provinceName(), line.panelScore(), line.recommendationLabel(),
					line.admitted() ? "纳入试点" : "不纳入", line.opinion());
		}
		return Downloads.excel(batch.name() + "拟定入选名单.xlsx", excel.toBytes());
	}

	private SmeBatch readable(long id) {
		if (!currentUser.isMemberOf(Roles.CNIPA) && !currentUser.isMemberOf(Roles.MIIT)) {
			throw new ForbiddenException("拟定名单仅供国家知识产权局和工业和信息化部查看");
		}
		return batches.get(id);
	}

	/** Null where this user may change the list now, else why not (in the words the page shows). */
	private String whyNotEditable(SmeBatch batch) {
		Task task = unrestricted.lookup(() -> taskService.createTaskQuery().processInstanceId(batch.processInstanceId())
				.taskDefinitionKey(SmeDeterminationList.PROPOSAL_STEP).singleResult());
		if (task == null) {
			return "本批次当前不在拟定入选名单阶段,名单只能查看";
		}
		if (!currentUser.isMemberOf(Roles.CNIPA)) {
			return "只有国家知识产权局可以拟定入选名单";
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(currentUser.id())) {
			return "该任务已由" + currentUser.nameOf(task.getAssignee()) + "认领,只有认领人可以修改名单";
		}
		return null;
	}
}
