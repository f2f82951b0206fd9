package cn.pilotcity.notification;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Sends one e-mail through Spring Mail, or, with mail off (the demo), writes it to the log. */
@Component
class MailDelivery {

	static final String SENT = "SENT";
	static final String LOGGED = "LOGGED";

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JavaMailSender sender;
	private final boolean enabled;
	private final String from;

	MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${pilotcity.mail.enabled:false}") boolean enabled,
			@Value("${pilotcity.mail.from:noreply@pilotcity.example}") String from) {
		this.sender = sender.getIfAvailable();
		this.enabled = enabled;
		this.from = from;
	}

	/** @return {@link #SENT} or {@link #LOGGED}; a refusal of the mail server is thrown */
	String deliver(String to, String subject, String body) {
		if (!enabled || sender == null) {
			log.info("Mail off, notification for {}: {}\n{}", to, subject, body);
			return LOGGED;
		}
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
		}
		catch (MessagingException e) {
			throw new IllegalArgumentException("Cannot compose mail to " + to, e);
		}
		sender.send(message);
		return SENT;
	}
}
