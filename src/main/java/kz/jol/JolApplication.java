package kz.jol;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Jol: the interagency platform of the probation service and its partners. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class JolApplication {

  /** The one source of "now"; tests replace it, rules take the date as an argument. */
  @Bean
  Clock clock(@Value("${jol.time-zone:Asia/Almaty}") ZoneId zone) {
    return Clock.system(zone);
  }

  public static void main(String[] args) {
    SpringApplication.run(JolApplication.class, args);
  }
}
