/** Indicators: aggregate figures by territory and period, never a person. */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package kz.jol.indicators;
