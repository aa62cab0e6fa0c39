package kz.jol.register;

import static kz.jol.register.RegisterFixture.as;
import static kz.jol.register.RegisterJson.json;
import static kz.jol.register.RegisterJson.person;
import static kz.jol.register.RegisterJson.with;
import static kz.jol.register.RegisterJson.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class PersonApiTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  RegisterFixture fixture;
  Actor officer;

  @BeforeEach
  void setUp() {
    fixture = RegisterFixture.create(jdbc);
    officer = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
  }

  @Test
  void registersAPersonWithBirthDateAndSexFromTheIin() throws Exception {
    Map<String, Object> body = with(person(fixture.districtA), "iin",
        IinRule.iin(java.time.LocalDate.of(1985, 3, 15), Sex.FEMALE, freeSerial()));
    String iin = (String) body.get("iin");

    String created = create(officer, body)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/persons/")))
        .andExpect(jsonPath("$.view").value("FULL"))
        .andExpect(jsonPath("$.iin").value(iin))
        .andExpect(jsonPath("$.birthDate").value("1985-03-15"))
        .andExpect(jsonPath("$.sex").value("FEMALE"))
        .andExpect(jsonPath("$.phone").value("+77000000000"))
        .andExpect(jsonPath("$.education").value("VOCATIONAL"))
        .andExpect(jsonPath("$.residenceAddress.line").value("Test street 1, flat 2"))
        .andExpect(jsonPath("$.version").value(0))
        .andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(created, "$.id");

    mvc.perform(get("/api/v1/persons/{id}", id).with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.firstName").value(body.get("firstName")))
        .andExpect(jsonPath("$.employmentBeforeConviction").value("INFORMAL"));
  }

  @Test
  void refusesABadIinWithTheCodeOfWhatIsWrong() throws Exception {
    String good = IinRule.random();
    int check = good.charAt(11) - '0';
    String wrongCheck = good.substring(0, 11) + ((check + 1) % 10);

    create(officer, with(person(fixture.districtA), "iin", wrongCheck))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("validation.failed"))
        .andExpect(jsonPath("$.errors[0].field").value("iin"))
        .andExpect(jsonPath("$.errors[0].code").value("iin.checksum"))
        .andExpect(jsonPath("$.errors[0].message").value(
            "The check digit should be " + check + ", not " + ((check + 1) % 10) + "."));
    create(officer, with(person(fixture.districtA), "iin", "12345"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("iin.length"));
    create(officer, with(person(fixture.districtA), "iin", "90010170000A"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("iin.digits"));
    create(officer, with(person(fixture.districtA), "iin", "900101700007"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("iin.century-sex"));
    create(officer, with(person(fixture.districtA), "iin", "901301300007"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("iin.birth-date"));
    create(officer, with(person(fixture.districtA), "iin", 900101300007L))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("iin"));
  }

  @Test
  void translatesTheIinProblemIntoTheCallersLanguage() throws Exception {
    mvc.perform(post("/api/v1/persons").with(as(officer))
            .header("Accept-Language", "ru")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(with(person(fixture.districtA), "iin", "900101300003"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(
            "Контрольная цифра должна быть 7, а не 3."));
    mvc.perform(post("/api/v1/persons").with(as(officer))
            .header("Accept-Language", "kk")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(with(person(fixture.districtA), "iin", "900101300802"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("iin.checksum"))
        .andExpect(jsonPath("$.errors[0].message").value(
            "Осы алғашқы 11 цифр үшін бақылау цифры болмайды, мұндай ЖСН берілмейді."));
  }

  @Test
  void refusesBadDatesEnumsUnknownFieldsAndWrongTypesWithFieldErrors() throws Exception {
    Map<String, Object> body = person(fixture.districtA);
    create(officer, with(body, "birthDate", "1990-02-30"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
        .andExpect(jsonPath("$.errors[0].code").value("field.type"));
    create(officer, with(body, "education", "DOCTORATE"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("education"))
        .andExpect(jsonPath("$.errors[0].code").value("field.type"));
    create(officer, with(body, "nickname", "Sample"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nickname"))
        .andExpect(jsonPath("$.errors[0].code").value("field.unknown"));
    create(officer, with(body, "childrenUnder18", "two"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("childrenUnder18"))
        .andExpect(jsonPath("$.errors[0].code").value("field.type"));
    mvc.perform(post("/api/v1/persons").with(as(officer))
            .contentType(MediaType.APPLICATION_JSON).content("{\"iin\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("body.malformed"));
  }

  @Test
  void listsEveryProblemOfAnInputAtOnceAndSavesNothing() throws Exception {
    Map<String, Object> body = person(fixture.districtA);
    body = without(body, "lastName");
    body = with(body, "phone", "12");
    body = with(body, "childrenUnder18", 31);
    body = with(body, "citizenship", "Kazakhstan");
    body = with(body, "residenceAddress", Map.of("territoryCode", "999", "line", "x"));
    body = with(body, "sex", sexOpposite((String) body.get("iin")));

    create(officer, body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(6)))
        .andExpect(jsonPath("$.errors[?(@.field == 'lastName')].code").value("field.required"))
        .andExpect(jsonPath("$.errors[?(@.field == 'phone')].code").value("person.phone"))
        .andExpect(jsonPath("$.errors[?(@.field == 'childrenUnder18')].code")
            .value("person.children"))
        .andExpect(jsonPath("$.errors[?(@.field == 'citizenship')].code")
            .value("person.citizenship"))
        .andExpect(jsonPath("$.errors[?(@.field == 'residenceAddress.territoryCode')].code")
            .value("territory.code"))
        .andExpect(jsonPath("$.errors[?(@.field == 'sex')].code").value("person.sex-mismatch"));
    assertThat(countByIin((String) body.get("iin"))).isZero();
  }

  @Test
  void refusesABirthDateThatDisagreesWithTheIin() throws Exception {
    String iin = IinRule.iin(java.time.LocalDate.of(1990, 1, 1), Sex.MALE, freeSerial());
    create(officer, with(with(person(fixture.districtA), "iin", iin), "birthDate", "1990-01-02"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
        .andExpect(jsonPath("$.errors[0].code").value("person.birth-date-mismatch"));
    create(officer, with(with(with(person(fixture.districtA), "iin", iin),
            "birthDate", "1990-01-01"), "sex", "MALE"))
        .andExpect(status().isCreated());
  }

  @Test
  void refusesAnUnknownTerritory() throws Exception {
    create(officer, with(person(fixture.districtA), "registrationAddress",
            Map.of("territoryCode", "999999998", "line", "Nowhere 1")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("registrationAddress.territoryCode"))
        .andExpect(jsonPath("$.errors[0].code").value("territory.unknown"));
  }

  @Test
  void refusesADuplicateIinNamingTheRegisteredPerson() throws Exception {
    Map<String, Object> body = person(fixture.districtA);
    String id = JsonPath.read(create(officer, body).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
    Actor otherDistrict = fixture.user(Role.PROBATION_OFFICER, fixture.districtB);

    mvc.perform(post("/api/v1/persons").with(as(otherDistrict))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(with(with(person(fixture.districtB), "iin", body.get("iin")),
                "lastName", "Otherova"))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("person.duplicate-iin"))
        .andExpect(jsonPath("$.detail").value(
            "A person with this IIN is already on the register: record " + id
                + " in territory " + fixture.districtA + "."))
        .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("Testova"))));
    assertThat(countByIin((String) body.get("iin"))).isEqualTo(1);
  }

  @Test
  void updatesOverTheVersionReadAndRefusesAStaleOne() throws Exception {
    Map<String, Object> body = person(fixture.districtA);
    String id = JsonPath.read(create(officer, body).andReturn().getResponse()
        .getContentAsString(), "$.id");

    mvc.perform(put("/api/v1/persons/{id}", id).with(as(officer))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(with(with(body, "phone", "+77011112233"), "version", 0))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phone").value("+77011112233"))
        .andExpect(jsonPath("$.version").value(1));

    mvc.perform(put("/api/v1/persons/{id}", id).with(as(officer))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(with(with(body, "phone", "+77019998877"), "version", 0))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("person.stale-version"));
    mvc.perform(put("/api/v1/persons/{id}", id).with(as(officer))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(with(body, "phone", "+77019998877"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(get("/api/v1/persons/{id}", id).with(as(officer)))
        .andExpect(jsonPath("$.phone").value("+77011112233"));
  }

  @Test
  void refusesToChangeTheIinIntoAnotherPersonsIin() throws Exception {
    Map<String, Object> first = person(fixture.districtA);
    create(officer, first).andExpect(status().isCreated());
    Map<String, Object> second = person(fixture.districtA);
    String id = JsonPath.read(create(officer, second).andReturn().getResponse()
        .getContentAsString(), "$.id");

    mvc.perform(put("/api/v1/persons/{id}", id).with(as(officer))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(with(with(second, "iin", first.get("iin")), "version", 0))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("person.duplicate-iin"));
  }

  @Test
  void findsPersonsByNameOrIinWithPaging() throws Exception {
    String firstName = RegisterJson.syntheticName();
    for (int i = 0; i < 3; i++) {
      create(officer, with(person(fixture.districtA), "firstName", firstName))
          .andExpect(status().isCreated());
    }
    // A first name that cannot share the prefix searched for below.
    Map<String, Object> other = with(person(fixture.districtA), "firstName", "Otherwise");
    create(officer, other).andExpect(status().isCreated());

    mvc.perform(get("/api/v1/persons").with(as(officer))
            .param("q", "testova " + firstName.toUpperCase()).param("size", "2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.items", hasSize(2)));
    mvc.perform(get("/api/v1/persons").with(as(officer))
            .param("q", firstName.substring(0, firstName.length() - 1)).param("page", "1")
            .param("size", "2"))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.items", hasSize(1)));
    mvc.perform(get("/api/v1/persons").with(as(officer)).param("q", (String) other.get("iin")))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].firstName").value(other.get("firstName")))
        .andExpect(jsonPath("$.items[0].education").doesNotExist());
    mvc.perform(get("/api/v1/persons").with(as(officer))
            .param("territory", fixture.districtA).param("size", "100"))
        .andExpect(jsonPath("$.total").value(4));
  }

  @Test
  void refusesBadSearchAndPagingParameters() throws Exception {
    mvc.perform(get("/api/v1/persons").with(as(officer)).param("q", "900101300003"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"))
        .andExpect(jsonPath("$.errors[0].code").value("iin.checksum"));
    mvc.perform(get("/api/v1/persons").with(as(officer)).param("size", "1000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].code").value("field.max"));
    mvc.perform(get("/api/v1/persons").with(as(officer)).param("page", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get("/api/v1/persons").with(as(officer)).param("territory", "35"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("territory.code"));
    mvc.perform(get("/api/v1/persons/{id}", "not-a-uuid").with(as(officer)))
        .andExpect(status().isBadRequest());
  }

  private ResultActions create(Actor actor, Map<String, Object> body) throws Exception {
    return mvc.perform(post("/api/v1/persons").with(as(actor))
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json(body)));
  }

  private int countByIin(String iin) {
    return jdbc.sql("select count(*) from person where iin = :iin").param("iin", iin)
        .query(Integer.class).single();
  }

  /** A serial for which a check digit exists on 1985-03-15 and 1990-01-01, not yet used. */
  private int freeSerial() {
    while (true) {
      int serial = java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000);
      String a = IinRule.iin(java.time.LocalDate.of(1985, 3, 15), Sex.FEMALE, serial);
      String b = IinRule.iin(java.time.LocalDate.of(1990, 1, 1), Sex.MALE, serial);
      if (a != null && b != null && countByIin(a) == 0 && countByIin(b) == 0) {
        return serial;
      }
    }
  }

  private static String sexOpposite(String iin) {
    return Iin.parse(iin).sex() == Sex.MALE ? "FEMALE" : "MALE";
  }
}
