package cn.pilotcity.attachment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.InvalidInputException;

/**
 * What the national office's formal check sees of an application's files, and the rule it holds to: an
 * application without its signed plan (签章的申报方案) is not complete. Read from our tables by the application id.
 */
@Component("attachmentChecks")
public class AttachmentChecks {

	static final String NO_SIGNED_PLAN = "该申报尚未上传签章的申报方案,不能认定材料齐全;请选择“要求补充材料”并说明需补充的内容";

	private final AttachmentMapper mapper;

	AttachmentChecks(AttachmentMapper mapper) {
		this.mapper = mapper;
	}

	/** The files by kind, for the formal check's form: "共 3 个附件:签章的申报方案 1 个、证明材料 2 个". */
	public String summary(DelegateExecution execution) {
		Map<AttachmentKind, Long> counts = counts(applicationId(execution.getVariable("applicationId")));
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		String byKind = counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue() + " 个")
				.collect(Collectors.joining("、"));
		String files = total == 0 ? "**尚未上传任何附件。**" : "共 " + total + " 个附件:" + byKind + "。";
		return counts.containsKey(AttachmentKind.SIGNED_PLAN) ? files
				: files + "\n\n**未上传签章的申报方案:材料不齐全,请要求城市补充。**";
	}

	/** Task listener (complete) of the formal check: "complete" needs the signed plan. */
	public void completenessChecked(DelegateTask task) {
		if ("COMPLETE".equals(task.getVariable("completenessDecision"))
				&& !counts(applicationId(task.getVariable("applicationId"))).containsKey(AttachmentKind.SIGNED_PLAN)) {
			throw new InvalidInputException(NO_SIGNED_PLAN);
		}
	}

	private Map<AttachmentKind, Long> counts(long applicationId) {
		List<Attachment> files = mapper.findByApplication(applicationId);
		Map<AttachmentKind, Long> counts = new EnumMap<>(AttachmentKind.class);
		files.forEach(f -> counts.merge(f.kind(), 1L, Long::sum));
		return counts;
	}

	private static long applicationId(Object id) {
		return ((Number) id).longValue();
	}
}
