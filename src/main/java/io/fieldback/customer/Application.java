package io.fieldback.customer;

/** What a piece of equipment is used for. */
public enum Application {
    TRUCK, BUS, EXCAVATOR, HARVESTER, MARINE, GENERATOR_SET, RAIL, CONSTRUCTION, OTHER
}
