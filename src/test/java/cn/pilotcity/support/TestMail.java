package cn.pilotcity.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** A real SMTP server (GreenMail) on a free port for the whole test run; the application sends to it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		return greenMail;
	}

	@Bean
	JavaMailSender mailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(greenMail.getSmtp().getBindTo());
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}
}
