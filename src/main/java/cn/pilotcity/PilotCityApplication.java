package cn.pilotcity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The application; scheduling is for the notification sweep ({@code notification.NotificationOutbox}). */
@SpringBootApplication
@EnableScheduling
public class PilotCityApplication {

	public static void main(String[] args) {
		SpringApplication.run(PilotCityApplication.class, args);
	}
}
