package kz.jol.actionplan.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.jol.actionplan.application.PlanData.Assignment;
import kz.jol.actionplan.application.PlanData.MeasureItem;
import kz.jol.actionplan.application.PlanData.Plan;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.ExecutorRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Decree No. 912 is loaded whole: its 30 measures against a table typed here by hand from seed
 * 003 (not from the migration), with each measure's executors in the plan's order — the lead
 * first, «*» for «(по согласованию)» — its deadline as the decree writes it and its form of
 * completion.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Decree912PlanTest {

  @Autowired ActionPlanRepository repository;

  Plan plan;
  Map<Integer, MeasureItem> measures;

  @BeforeAll
  void load() {
    plan = repository.planByCode("decree-912").orElseThrow();
    measures = repository.measures(plan.id()).stream()
        .collect(Collectors.toMap(MeasureItem::number, m -> m));
  }

  @Test
  void thePlanRunsFrom2017To2019WithTheFinalReportDueOn25February2020() {
    assertThat(plan.startsOn()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(plan.endsOn()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(plan.finalReportDue()).isEqualTo(LocalDate.of(2020, 2, 25));
    assertThat(plan.approvedByRu()).contains("29 декабря 2016 года № 912");
    assertThat(plan.amendmentNoteRu()).contains("24.07.2017", "№ 443");
    assertThat(plan.periods()).hasSize(6);
  }

  @Test
  void allThirtyMeasuresArePresentNumberedOneToThirty() {
    assertThat(measures.keySet()).containsExactlyInAnyOrderElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
    assertThat(measures.values()).allSatisfy(m -> {
      assertThat(m.executors().stream().filter(Assignment::lead)).hasSize(1);
      assertThat(m.costRu()).isEqualTo("не требуются");
      assertThat(m.textKkOfficial()).as("the Kazakh text is Jol's translation").isFalse();
      assertThat(m.textKk()).matches(".*[әғқңөұүһі].*");
      assertThat(m.toMeasure().lead().code()).isEqualTo(m.lead().body().code());
    });
  }

  @ParameterizedTest(name = "measure {0}")
  @CsvSource(delimiter = '|', textBlock = """
      1  | MVD,MNE,AKIMATS,NGO*                | 1 квартал 2017 года | 2017-03-31 | методические рекомендации
      2  | MVD,MTSZN,NGO*,AKIMATS              | 1 квартал 2017 года | 2017-03-31 | социальный проект
      3  | MVD                                 | 1 квартал 2017 года | 2017-03-31 | приказ
      4  | MVD,MTSZN,AKIMATS,NGO*              | 2 квартал 2017 года | 2017-06-30 | информационная рубрика
      5  | MVD,MTSZN                           | 2 квартал 2017 года | 2017-06-30 | Совместное протокольное решение
      6  | MVD                                 | 2 квартал 2017 года | 2017-06-30 | пилотный проект
      7  | MVD,MTSZN,MF,MNE,MON,AKIMATS,NGO*   | 2 квартал 2017 года | 2017-06-30 | рабочая группа, протокольное решение
      8  | MVD                                 | 2 квартал 2017 года | 2017-06-30 | тематические планы
      9  | GP*                                 | 2 квартал 2017 год  | 2017-06-30 | приказ
      10 | MVD,MTSZN,AKIMATS,NGO*              | 3 квартал 2017 года | 2017-09-30 | приказ
      11 | MTSZN,MVD,MNE,GP*,AKIMATS,NGO*      | 3 квартал 2017 года | 2017-09-30 | рабочая группа, протокольное решение
      12 | MVD                                 | 3 квартал 2017 года | 2017-09-30 | методические рекомендации
      13 | MVD,MZ                              | 3 квартал 2017 года | 2017-09-30 | приказ
      14 | MVD,GP*                             | 4 квартал 2017 год  | 2017-12-31 | методические рекомендации
      15 | MVD,AKIMATS,NGO*                    | 4 квартал 2017 года | 2017-12-31 | пилотный проект
      16 | MVD                                 | 1 квартал 2018 года | 2018-03-31 | пилотный проект
      17 | MVD                                 | 1 квартал 2018 года | 2018-03-31 | пилотный проект
      18 | MVD,MON                             | 1 квартал 2018 года | 2018-03-31 | пилотный проект
      19 | MVD,NGO*                            | 2 квартал 2018 года | 2018-06-30 | методика
      20 | MVD                                 | 1 квартал 2019 года | 2019-03-31 | приказ
      21 | MVD,MTSZN,AKIMATS                   | 2017 – 2019 годы    | 2019-12-31 | индивидуальные программы оказания социально-правовой помощи
      22 | MVD,NGO*                            | 2017 – 2019 годы    | 2019-12-31 | меморандумы
      23 | MVD,NGO*                            | 2017 – 2019 годы    | 2019-12-31 | комнаты пробации
      24 | MVD,AKIMATS,NGO*                    | 2017 – 2019 годы    | 2019-12-31 | конкурсы, спортивные состязания, молодежные движения
      25 | MVD,AKIMATS,NGO*                    | 2017 – 2019 годы    | 2019-12-31 | договора
      26 | MVD                                 | 2017 – 2019 годы    | 2019-12-31 | новые виды производств
      27 | MVD,AKIMATS,NGO*                    | 2017 – 2019 годы    | 2019-12-31 | меморандумы, договора
      28 | MVD,MTSZN                           | 2017 – 2019 годы    | 2019-12-31 | информационный обмен
      29 | MVD                                 | 2017 – 2019 годы    | 2019-12-31 | курсы повышения квалификации
      30 | MVD                                 | 2017 – 2019 годы    | 2019-12-31 | публикации
      """)
  void eachMeasureHasItsExecutorsDeadlineAndFormOfCompletion(int number, String executors,
      String deadline, LocalDate lastDay, String form) {
    MeasureItem m = measures.get(number);
    List<String> expected = List.of(executors.split(","));
    assertThat(m.executors().stream()
        .map(a -> a.body().code() + (a.byAgreement() ? "*" : "")).toList())
        .isEqualTo(expected);
    assertThat(m.executors().getFirst().role()).isEqualTo(ExecutorRole.LEAD);
    assertThat(m.lead().body().code()).isEqualTo(expected.getFirst().replace("*", ""));
    assertThat(m.deadlineTextRu()).isEqualTo(deadline);
    assertThat(m.deadline().lastDay()).isEqualTo(lastDay);
    assertThat(m.deadline().kind())
        .isEqualTo(deadline.contains("квартал") ? Deadline.Kind.QUARTER : Deadline.Kind.SPAN);
    assertThat(m.formRu()).isEqualTo(form);
  }

  @Test
  void textsReadAsTheSeedWritesThem() {
    assertThat(measures.get(2).textRu()).isEqualTo("Разработать социальный проект \"Встреча у "
        + "ворот\" по трудовому и бытовому устройству граждан, освободившихся из мест лишения "
        + "свободы");
    assertThat(measures.get(11).textRu()).endsWith("в центры для ресоциализации лиц, "
        + "оказавшихся в трудной жизненной ситуации");
    assertThat(measures.get(14).textRu()).contains("(Risk-needs-responsibility)");
    assertThat(measures.get(17).textRu()).endsWith("(по принципу \"равный равному\")");
    assertThat(measures.get(28).textRu()).contains("информационными системами МЗСР");
    assertThat(measures.get(30).textRu()).startsWith("Размещать в средствах массовой информации");
    assertThat(measures.get(4).textKk()).contains("«Ресоциализация»");
  }

  @Test
  void executorsHaveNamesInThreeLanguages() {
    var executors = repository.executors(plan.id());
    assertThat(executors).extracting(e -> e.code()).containsExactlyInAnyOrder(
        "MVD", "MNE", "MTSZN", "MF", "MON", "MZ", "GP", "AKIMATS", "NGO");
    var mvd = executors.stream().filter(e -> e.code().equals("MVD")).findFirst().orElseThrow();
    assertThat(mvd.nameRu()).isEqualTo("Министерство внутренних дел Республики Казахстан");
    assertThat(mvd.abbrevKk()).isEqualTo("ІІМ");
  }
}
