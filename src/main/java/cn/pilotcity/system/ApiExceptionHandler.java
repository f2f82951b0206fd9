package cn.pilotcity.system;

import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns every failure of our API into a clear Chinese message with the right status; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ApiError> invalid(InvalidInputException e) {
		return respond(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(ValidationFailedException.class)
	ResponseEntity<ApiError> validation(ValidationFailedException e) {
		return ResponseEntity.badRequest().body(new ApiError(e.summary(), e.details()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException e) {
		return respond(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler({ ForbiddenException.class, AuthorizationException.class })
	ResponseEntity<ApiError> forbidden(RuntimeException e) {
		return respond(HttpStatus.FORBIDDEN, e instanceof ForbiddenException ? e.getMessage() : "您无权查看或办理此事项");
	}

	@ExceptionHandler(OptimisticLockingException.class)
	ResponseEntity<ApiError> conflict(OptimisticLockingException e) {
		return respond(HttpStatus.CONFLICT, "该事项刚刚已被他人处理,请刷新后重试");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> beanValidation(MethodArgumentNotValidException e) {
		List<String> details = e.getBindingResult().getFieldErrors().stream()
				.map(f -> f.getField() + ": " + f.getDefaultMessage()).toList();
		return ResponseEntity.badRequest().body(new ApiError("提交的内容有误,请检查后重试", details));
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			HttpMessageNotReadableException.class })
	ResponseEntity<ApiError> badRequest(Exception e) {
		return respond(HttpStatus.BAD_REQUEST, "请求参数缺失或格式不正确");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
		return respond(HttpStatus.PAYLOAD_TOO_LARGE, "文件超过大小上限");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ApiError> multipart(MultipartException e) {
		return respond(HttpStatus.BAD_REQUEST, "上传的文件不完整或格式不正确");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
		return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
		return respond(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方式");
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<ApiError> noSuchPath(Exception e) {
		return respond(HttpStatus.NOT_FOUND, "请求的地址不存在");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception e) {
		if (DatabaseOutage.isOutage(e)) {
			log.warn("Database unreachable: {}", e.getMessage());
			return respond(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
		}
		log.error("Unexpected error in API call", e);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误,请稍后重试;如问题持续,请联系管理员");
	}

	private static ResponseEntity<ApiError> respond(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(ApiError.of(message));
	}
}
