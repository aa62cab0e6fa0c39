package kz.jol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Jol: the interagency platform of the probation service and its partners. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class JolApplication {

  public static void main(String[] args) {
    SpringApplication.run(JolApplication.class, args);
  }
}
