-- Supervision's reporting contract for the indicators module (seed 000, block 2): one row per
-- supervision event with no personal data and no free text: the case, its territory, the kind,
-- the day, how a wanted person was found, a submission's kind and the court's decision (a
-- decision row names the kind of the submission it answers), a request's topic.
create view supervision_event_facts as
select e.id         as event_id,
       e.case_id,
       c.territory_code,
       e.kind       as event_kind,
       e.day,
       case when e.kind = 'WANTED_ENDED' then e.code end as found_how,
       case when e.kind = 'COURT_SUBMISSION' then e.code
            when e.kind = 'COURT_DECISION' then
                (select s.code from supervision_event s
                  where s.id = e.related_ids[1] and s.kind = 'COURT_SUBMISSION')
       end as submission_kind,
       case when e.kind = 'COURT_DECISION' then e.code end as court_decision,
       case when e.kind = 'HELP_REQUEST' then e.code end as help_topic
  from supervision_event e
  join probation_case c on c.id = e.case_id;
