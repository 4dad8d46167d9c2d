package io.fieldback.common;

/** The manufacturer's sales and service regions; every report can be cut by them. */
public enum Region {
    EAST, SOUTH, SOUTHWEST, NORTH, NORTHEAST, NORTHWEST, INTERNATIONAL
}
