package cn.pilotcity.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answer to a request Tomcat refuses before it reaches the application (a path with {@code %00} or another
 * character a URL may not hold): our error shape in Chinese instead of Tomcat's English page. Errors inside the
 * application are answered by {@link ApiExceptionHandler} and Spring's error handling as before.
 */
public class ChineseErrorReport extends ErrorReportValve {

	static final String INVALID_ADDRESS = "请求的地址无效:地址中含有不允许的字符,请检查链接是否完整、正确。";
	static final String REFUSED = "请求无法处理(HTTP %d),请检查链接是否正确。";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String message = status == 400 ? INVALID_ADDRESS : REFUSED.formatted(status);
		String accept = request.getHeader("Accept");
		boolean page = accept != null && accept.contains("text/html");
		try {
			response.setContentType(page ? "text/html;charset=UTF-8" : "application/json;charset=UTF-8");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			writer.write(page ? "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>请求无法处理</title>"
					+ "</head><body><h1>请求无法处理</h1><p>" + message + "</p><p><a href=\"/\">返回首页</a></p></body></html>"
					: JSON.writeValueAsString(ApiError.of(message)));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// the client went away; nothing more to tell it
		}
	}

	/** Puts the report in place of Tomcat's (and Spring Boot's) error report valve on the host. */
	@Component
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				Container parent = context.getParent();
				if (parent instanceof StandardHost host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.setErrorReportValveClass(ChineseErrorReport.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			// after Spring Boot's own customizer, which adds a plain ErrorReportValve
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
